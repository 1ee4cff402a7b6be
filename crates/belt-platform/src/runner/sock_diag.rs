//! Whether something listens on a TCP port, asked of the kernel's socket diagnostics (netlink
//! `SOCK_DIAG`, as `ss -lt` asks): the kernel looks only at the listening sockets on that port,
//! where a read of `/proc/net/tcp` has it walk its whole connection table every time (a web
//! dyno's port is looked at every millisecond while it boots, beside the booting app).

use std::os::fd::OwnedFd;

use rustix::net::{AddressFamily, RecvFlags, SendFlags, SocketFlags, SocketType, netlink};

const SOCK_DIAG_BY_FAMILY: u16 = 20;
const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_DUMP: u16 = 0x300;
const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
const IPPROTO_TCP: u8 = 6;
const TCP_LISTEN: u8 = 10;
/// `struct nlmsghdr`, then `struct inet_diag_req_v2`.
const HEADER: usize = 16;
const REQUEST: usize = 56;

/// Whether a socket listens on `port` (IPv4 or IPv6, any address); None when the kernel cannot
/// be asked (no netlink here, or it refused).
pub(super) fn listening(port: u16) -> Option<bool> {
    let socket = rustix::net::socket_with(
        AddressFamily::NETLINK,
        SocketType::RAW,
        SocketFlags::CLOEXEC,
        Some(netlink::SOCK_DIAG),
    )
    .ok()?;
    for family in [AddressFamily::INET, AddressFamily::INET6] {
        if listening_in(&socket, family, port)? {
            return Some(true);
        }
    }
    Some(false)
}

/// A dump of `family`'s TCP sockets in LISTEN on local port `port`.
fn request(family: AddressFamily, port: u16) -> [u8; HEADER + REQUEST] {
    let mut message = [0u8; HEADER + REQUEST];
    message[0..4].copy_from_slice(&((HEADER + REQUEST) as u32).to_ne_bytes());
    message[4..6].copy_from_slice(&SOCK_DIAG_BY_FAMILY.to_ne_bytes());
    message[6..8].copy_from_slice(&(NLM_F_REQUEST | NLM_F_DUMP).to_ne_bytes());
    // Sequence number and port id stay 0: the kernel answers this socket.
    message[HEADER] = family.as_raw() as u8;
    message[HEADER + 1] = IPPROTO_TCP;
    message[HEADER + 4..HEADER + 8].copy_from_slice(&(1u32 << TCP_LISTEN).to_ne_bytes());
    // The socket id's source port, in network order: the kernel skips the other sockets.
    message[HEADER + 8..HEADER + 10].copy_from_slice(&port.to_be_bytes());
    message
}

fn listening_in(socket: &OwnedFd, family: AddressFamily, port: u16) -> Option<bool> {
    rustix::net::send(socket, &request(family, port), SendFlags::empty()).ok()?;
    let mut buf = [0u8; 8192];
    let mut found = false;
    loop {
        // The kernel queues each part of a dump before the call that asks for it returns, so
        // nothing here waits: a part that is not there is an answer that is not coming.
        let (read, _) = rustix::net::recv(socket, &mut buf, RecvFlags::DONTWAIT).ok()?;
        let mut at = 0;
        while at + HEADER <= read {
            let len = u32::from_ne_bytes(buf[at..at + 4].try_into().ok()?) as usize;
            let kind = u16::from_ne_bytes(buf[at + 4..at + 6].try_into().ok()?);
            if len < HEADER || at + len > read {
                return None;
            }
            match kind {
                NLMSG_DONE => return Some(found),
                NLMSG_ERROR => return None,
                SOCK_DIAG_BY_FAMILY => {
                    // `struct inet_diag_msg`: family, state, timer, retransmits, then the
                    // socket's id, which starts with its local port.
                    let socket = &buf[at + HEADER..at + len];
                    found |= socket.len() >= 6
                        && socket[1] == TCP_LISTEN
                        && socket[4..6] == port.to_be_bytes();
                }
                _ => {}
            }
            at += (len + 3) & !3;
        }
        if read == 0 {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::{TcpListener, TcpStream};

    use super::listening;

    #[test]
    fn a_listening_port_is_found_and_a_connected_one_is_not() {
        let listener = TcpListener::bind("127.0.0.1:0").expect("listen");
        let port = listener.local_addr().expect("addr").port();
        assert_eq!(listening(port), Some(true));
        // A connection's own port is not listening.
        let client = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        let client_port = client.local_addr().expect("addr").port();
        assert_eq!(listening(client_port), Some(false));
        drop(listener);
        assert_eq!(listening(port), Some(false));
    }

    #[test]
    fn an_ipv6_listener_is_found() {
        let Ok(listener) = TcpListener::bind("[::1]:0") else {
            // No IPv6 on this machine: nothing to find.
            return;
        };
        let port = listener.local_addr().expect("addr").port();
        assert_eq!(listening(port), Some(true));
    }
}
