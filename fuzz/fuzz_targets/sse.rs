//! Server-Sent Events: the frames do not depend on where the network split the stream.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn frames(chunks: &[&[u8]]) -> Vec<String> {
    let mut parser = belt::api::sse::Parser::new();
    let mut out = Vec::new();
    for chunk in chunks {
        parser.push(chunk, |f| out.push(format!("{:?}", f)));
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&split, stream)) = data.split_first() else {
        return;
    };
    let at = usize::from(split).min(stream.len());
    let (a, b) = stream.split_at(at);
    assert_eq!(frames(&[stream]), frames(&[a, b]));
});
