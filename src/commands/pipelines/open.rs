//! `pipelines:open`: the pipeline's page on Heroku's dashboard, printed and opened in a browser
//! as the official CLI does. Other backends (the local platform, `belt serve`) have no
//! dashboard, and belt says so rather than open Heroku's for a pipeline Heroku lacks.

use serde_json::{Value, json};

use super::{PipelineArg, find};
use crate::auth::Backend;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Output, View};

/// The host of Heroku's own API, whose pipelines have a dashboard page.
const HEROKU_API_HOST: &str = "api.heroku.com";

/// `Opening URL...` and the browser for people; `--json` is `{"url"}`, nothing opened.
struct Opened(String);

impl View for Opened {
    fn json(&self) -> Value {
        json!({ "url": self.0 })
    }

    fn human(&self, out: &Output) -> Result<()> {
        out.line(format!("Opening {}...", self.0))?;
        webbrowser::open(&self.0)
            .map_err(|e| Error::Failed(format!("could not open a browser for {}: {e}", self.0)))
    }
}

/// The pipeline's dashboard page on `backend`: Heroku's has one; others none.
fn dashboard_url(backend: &Backend, pipeline_id: &str) -> Option<String> {
    (backend.host() == HEROKU_API_HOST)
        .then(|| format!("https://dashboard.heroku.com/pipelines/{pipeline_id}"))
}

pub async fn run(ctx: &Context, args: PipelineArg) -> Result<()> {
    let session = ctx.session().await?;
    let pipeline = find(ctx, &session.client, &args.pipeline).await?.model;
    let backend = &session.account.backend;
    let Some(url) = dashboard_url(backend, &pipeline.id) else {
        return Err(Error::Failed(format!(
            "{} has no dashboard to open; `belt pipelines:info {}` shows the pipeline's apps \
             by stage",
            backend.display(),
            pipeline.name
        )));
    };
    ctx.out.emit(&Opened(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_herokus_pipelines_have_a_dashboard_page() {
        let heroku = Backend::parse("https://api.heroku.com").unwrap();
        assert_eq!(
            dashboard_url(&heroku, "abc").as_deref(),
            Some("https://dashboard.heroku.com/pipelines/abc")
        );
        let served = Backend::parse("https://localhost:5000").unwrap();
        assert_eq!(dashboard_url(&served, "abc"), None);
        assert_eq!(dashboard_url(&Backend::Local, "abc"), None);
    }
}
