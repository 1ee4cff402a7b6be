//! The router alone, over a data directory, for `bench/router` (until `belt serve` and the
//! supervisor run it): `router DATA_DIR [PORT]` prints the port it listens on, then serves
//! on 127.0.0.1 until killed.

use std::net::Ipv4Addr;
use std::path::PathBuf;
use std::time::Duration;

use belt_platform::Platform;
use belt_platform::router::{RouterOptions, run_router};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let data_dir = PathBuf::from(args.next().ok_or("usage: router DATA_DIR [PORT]")?);
    let port: u16 = args.next().map_or(Ok(0), |p| p.parse())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let platform = Platform::open(&data_dir, None)?;
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, port)).await?;
        let port = listener.local_addr()?.port();
        println!("{port}");
        let options = RouterOptions {
            port,
            request_timeout: Duration::from_secs(30),
        };
        run_router(platform, listener, options).await?;
        Ok(())
    })
}
