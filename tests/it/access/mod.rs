//! Collaborators, teams and transfers (issue 21): the client's requests, bodies and lines
//! against a scripted backend answering with the official CLI's own test fixtures
//! (`official`), and several users sharing one `belt serve` (`shared_server`).

mod official;
mod shared_server;
