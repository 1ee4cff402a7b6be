//! Collaborators, teams and transfers (issue 21): the client's requests, bodies and lines
//! against a scripted backend answering with the official CLI's own test fixtures
//! (`official`), several users sharing one `belt serve` (`shared_server`), and eight of them
//! changing access and config at once (`reliability`).

mod official;
mod reliability;
mod shared_server;
