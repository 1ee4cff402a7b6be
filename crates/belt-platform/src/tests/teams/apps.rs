//! Team apps.
