//! A Server-Sent Events parser (the WHATWG `text/event-stream` format), fed with chunks as
//! they arrive. Lines end in LF, CRLF or CR, also when a chunk boundary splits them; a frame
//! is dispatched at its blank line only, so a stream cut mid-frame yields nothing of it and
//! a resumed stream sends it again.

/// One dispatched event. `data` is `None` when the frame had no `data:` field (for example
/// a frame that only moves the position with `id:`).
#[derive(Debug, PartialEq, Eq)]
pub struct Frame<'a> {
    pub event: Option<&'a str>,
    pub id: Option<&'a str>,
    pub data: Option<&'a str>,
}

#[derive(Default)]
pub struct Parser {
    /// An unfinished line carried over from the previous chunk.
    partial: Vec<u8>,
    /// The previous chunk ended in CR: an LF starting this one belongs to it.
    after_cr: bool,
    event: String,
    id: Option<String>,
    data: String,
    has_data: bool,
}

impl Parser {
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses `chunk`, calling `on_frame` for each event it completes.
    pub fn push(&mut self, mut chunk: &[u8], mut on_frame: impl FnMut(Frame<'_>)) {
        // An empty chunk must not forget a CR that ended the previous one.
        if chunk.is_empty() {
            return;
        }
        if self.after_cr && chunk.first() == Some(&b'\n') {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        while let Some(end) = chunk.iter().position(|b| *b == b'\n' || *b == b'\r') {
            let line = &chunk[..end];
            let mut next = end + 1;
            if chunk[end] == b'\r' {
                match chunk.get(next) {
                    Some(b'\n') => next += 1,
                    Some(_) => {}
                    None => self.after_cr = true,
                }
            }
            if self.partial.is_empty() {
                self.line(line, &mut on_frame);
            } else {
                let mut whole = std::mem::take(&mut self.partial);
                whole.extend_from_slice(line);
                self.line(&whole, &mut on_frame);
                // Keep the allocation for the next split line.
                whole.clear();
                self.partial = whole;
            }
            chunk = &chunk[next..];
        }
        self.partial.extend_from_slice(chunk);
    }

    fn line(&mut self, line: &[u8], on_frame: &mut impl FnMut(Frame<'_>)) {
        if line.is_empty() {
            self.dispatch(on_frame);
            return;
        }
        let line = String::from_utf8_lossy(line);
        if line.starts_with(':') {
            return; // a comment, such as a keep-alive
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line.as_ref(), ""),
        };
        match field {
            "data" => {
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "event" => value.clone_into(&mut self.event),
            // An id with NUL is ignored, as the standard says.
            "id" if !value.contains('\0') => self.id = Some(value.to_string()),
            _ => {}
        }
    }

    fn dispatch(&mut self, on_frame: &mut impl FnMut(Frame<'_>)) {
        if self.has_data || self.id.is_some() {
            on_frame(Frame {
                event: Some(self.event.as_str()).filter(|e| !e.is_empty()),
                id: self.id.as_deref(),
                data: self.has_data.then_some(self.data.as_str()),
            });
        }
        self.event.clear();
        self.id = None;
        self.data.clear();
        self.has_data = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `chunks` and returns (event, id, data) of each frame.
    fn parse(chunks: &[&[u8]]) -> Vec<(Option<String>, Option<String>, Option<String>)> {
        let mut parser = Parser::new();
        let mut frames = Vec::new();
        for chunk in chunks {
            parser.push(chunk, |f| {
                frames.push((
                    f.event.map(str::to_string),
                    f.id.map(str::to_string),
                    f.data.map(str::to_string),
                ))
            });
        }
        frames
    }

    fn data(text: &str) -> (Option<String>, Option<String>, Option<String>) {
        (None, None, Some(text.to_string()))
    }

    #[test]
    fn reads_id_event_and_data() {
        assert_eq!(
            parse(&[b"id: 4\ndata: hello\n\nevent: gap\ndata:3\n\n"]),
            vec![
                (None, Some("4".into()), Some("hello".into())),
                (Some("gap".into()), None, Some("3".into())),
            ]
        );
    }

    #[test]
    fn joins_multi_line_data() {
        assert_eq!(
            parse(&[b"data: one\ndata: two\ndata\n\n"]),
            vec![data("one\ntwo\n")]
        );
    }

    #[test]
    fn accepts_crlf_and_cr_line_endings() {
        assert_eq!(
            parse(&[b"data: a\r\n\r\ndata: b\r\rdata: c\n\n"]),
            vec![data("a"), data("b"), data("c")]
        );
        // A CRLF split across chunks is one line ending, not two.
        assert_eq!(
            parse(&[b"data: a\r", b"\ndata: b\r", b"\n\r\n"]),
            vec![data("a\nb")]
        );
    }

    #[test]
    fn an_empty_chunk_between_cr_and_lf_changes_nothing() {
        assert_eq!(
            parse(&[b"data: a\r", b"", b"\ndata: b\n\n"]),
            vec![data("a\nb")]
        );
    }

    #[test]
    fn skips_comments_and_unknown_fields() {
        assert_eq!(
            parse(&[b": keep-alive\n\nretry: 10\nfoo\ndata: x\n\n"]),
            vec![data("x")]
        );
        // A frame of comments only dispatches nothing.
        assert!(parse(&[b": one\n: two\n\n"]).is_empty());
    }

    #[test]
    fn id_only_frames_are_dispatched_without_data() {
        assert_eq!(parse(&[b"id: 9\n\n"]), vec![(None, Some("9".into()), None)]);
    }

    #[test]
    fn frames_split_anywhere_across_chunks() {
        let text = b"id: 1\ndata: first line\n\nid: 2\ndata: second\n\n";
        let whole = parse(&[text]);
        for cut in 0..text.len() {
            assert_eq!(parse(&[&text[..cut], &text[cut..]]), whole, "cut at {cut}");
        }
        let bytes: Vec<&[u8]> = text.chunks(1).collect();
        assert_eq!(parse(&bytes), whole);
    }

    #[test]
    fn a_stream_cut_mid_frame_yields_only_complete_frames() {
        assert_eq!(
            parse(&[b"id: 1\ndata: done\n\nid: 2\ndata: half a li"]),
            vec![(None, Some("1".into()), Some("done".into()))]
        );
        assert_eq!(parse(&[b"id: 1\ndata: no blank line\n"]), vec![]);
    }

    #[test]
    fn invalid_utf8_is_replaced_not_fatal() {
        assert_eq!(parse(&[b"data: caf\xff\n\n"]), vec![data("caf\u{fffd}")]);
    }
}
