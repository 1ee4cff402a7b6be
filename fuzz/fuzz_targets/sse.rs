//! Server-Sent Events: the frames do not depend on where the network split the stream.
//! The first two bytes of the input choose two split points in the rest.
#![no_main]

use belt_text::sse::Parser;
use libfuzzer_sys::fuzz_target;

fn frames(chunks: &[&[u8]]) -> Vec<String> {
    let mut parser = Parser::new();
    let mut out = Vec::new();
    for chunk in chunks {
        parser.push(chunk, |f| out.push(format!("{f:?}")));
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let [first, second, stream @ ..] = data else {
        return;
    };
    let a = usize::from(*first).min(stream.len());
    let b = usize::from(*second).clamp(a, stream.len());
    let whole = frames(&[stream]);
    assert_eq!(whole, frames(&[&stream[..a], &stream[a..]]));
    assert_eq!(whole, frames(&[&stream[..a], &stream[a..b], &stream[b..]]));
});
