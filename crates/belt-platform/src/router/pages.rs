//! The pages the router answers with itself, as Heroku's router does: unstyled HTML, 503 for
//! an application error or maintenance mode, 404 for a hostname no app answers to. An app's
//! `ERROR_PAGE_URL` or `MAINTENANCE_PAGE_URL` config var replaces the page with one that frames
//! that URL, as Heroku serves custom error pages.

use bytes::Bytes;
use hyper::StatusCode;

pub(super) struct Page {
    pub status: StatusCode,
    pub html: Bytes,
}

const APPLICATION_ERROR: &str = r#"<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Application Error</title>
  </head>
  <body>
    <h1>Application error</h1>
    <p>An error occurred in the application and your page could not be served. If you are the
    application owner, check your logs for details. You can do this from belt with the command
    <code>belt logs --tail</code></p>
  </body>
</html>
"#;

const MAINTENANCE: &str = r#"<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Offline for Maintenance</title>
  </head>
  <body>
    <h1>Offline for maintenance</h1>
    <p>This app is undergoing maintenance right now. Please check back later.</p>
  </body>
</html>
"#;

const NO_SUCH_APP: &str = r#"<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>No such app</title>
  </head>
  <body>
    <h1>There's nothing here, yet.</h1>
    <p>No app of this local platform answers to this hostname. An app is reached as
    <code>http://APP.localhost:PORT/</code> or at one of its custom domains
    (<code>belt domains</code>).</p>
  </body>
</html>
"#;

/// The 503 page of a request the app could not serve (H10, H12, H13, H14, ...).
pub(super) fn application_error(custom_url: Option<&str>) -> Page {
    unavailable(APPLICATION_ERROR, custom_url)
}

/// The 503 page of maintenance mode (H80).
pub(super) fn maintenance(custom_url: Option<&str>) -> Page {
    unavailable(MAINTENANCE, custom_url)
}

/// The 404 page of a hostname no app answers to.
pub(super) fn no_such_app() -> Page {
    Page {
        status: StatusCode::NOT_FOUND,
        html: Bytes::from_static(NO_SUCH_APP.as_bytes()),
    }
}

fn unavailable(default: &'static str, custom_url: Option<&str>) -> Page {
    let html = match custom_url {
        Some(url) => Bytes::from(framed(url)),
        None => Bytes::from_static(default.as_bytes()),
    };
    Page {
        status: StatusCode::SERVICE_UNAVAILABLE,
        html,
    }
}

/// A page showing `url` in a frame filling the window.
fn framed(url: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\">\n  </head>\n  \
         <body style=\"margin:0\">\n    <iframe src=\"{}\" style=\"border:0;width:100%;height:100vh\"></iframe>\n  \
         </body>\n</html>\n",
        escape_attribute(url)
    )
}

fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_custom_page_url_is_framed_and_escaped() {
        let page = maintenance(Some("https://example.com/m.html?a=1&b=\"2\""));
        assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
        let html = String::from_utf8_lossy(&page.html).into_owned();
        assert!(
            html.contains(r#"<iframe src="https://example.com/m.html?a=1&amp;b=&quot;2&quot;""#),
            "{html}"
        );
    }
}
