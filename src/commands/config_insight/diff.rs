//! `config:diff APP_A [APP_B]`: the keys only in A, only in B, and in both with different
//! values; exits 1 when the two differ, as diff(1) does, so a pipeline step can gate on it.

use clap::Args;
use serde_json::{Map, Value, json};

use crate::config_diff::ConfigDiff;
use crate::context::Context;
use crate::error::{EXIT_FAILURE, Error, Result};
use crate::output::{Output, View};

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The app to compare from
    #[arg(value_name = "APP_A")]
    pub app_a: String,
    /// The app to compare to; the current app (-a, the git remote) when omitted
    #[arg(value_name = "APP_B")]
    pub app_b: Option<String>,
    /// Show the values, not only the keys (secrets included)
    #[arg(long)]
    pub values: bool,
}

pub async fn run(ctx: &Context, args: DiffArgs) -> Result<()> {
    let app_b = match args.app_b {
        Some(app) => app,
        None => ctx.app().await?,
    };
    let app_a = args.app_a;
    let client = ctx.client().await?;
    let (config_a, config_b) = (client.config_vars(&app_a), client.config_vars(&app_b));
    let (a, b) = tokio::try_join!(
        async { config_a.info().await.map_err(|e| naming(&app_a, e)) },
        async { config_b.info().await.map_err(|e| naming(&app_b, e)) },
    )?;
    let diff = ConfigDiff::between(&a.model, &b.model);
    let equal = diff.is_empty();
    let diff = if args.values { diff } else { diff.masked() };
    ctx.out.emit(&Compared {
        app_a,
        app_b,
        diff,
        values: args.values,
    })?;
    if equal {
        Ok(())
    } else {
        // Differences are the answer, not a failure: the status says so, stderr stays quiet.
        Err(Error::Exit(EXIT_FAILURE))
    }
}

/// A refusal to read `app` names it: two apps are read, and Heroku's "Couldn't find that
/// app." does not say which one.
fn naming(app: &str, error: Error) -> Error {
    match error {
        Error::Api {
            status: 403 | 404,
            message,
            ..
        } if !message.contains(app) => Error::NotFound(format!("{message} (app: {app})")),
        other => other,
    }
}

/// The two apps' config vars compared: `--- A` / `+++ B` and a line per differing key for
/// people; for `--json` an object of the same shape whether or not values are shown.
struct Compared {
    app_a: String,
    app_b: String,
    /// From A to B: `removed` is only in A, `added` only in B. Masked unless `values`.
    diff: ConfigDiff,
    values: bool,
}

impl View for Compared {
    fn json(&self) -> Value {
        let different: Map<String, Value> = self
            .diff
            .changed
            .iter()
            .map(|(key, (a, b))| (key.clone(), json!({"a": a, "b": b})))
            .collect();
        json!({
            "app_a": self.app_a,
            "app_b": self.app_b,
            "equal": self.diff.is_empty(),
            "masked": !self.values,
            "only_in_a": self.diff.removed,
            "only_in_b": self.diff.added,
            "different": different,
        })
    }

    fn human(&self, out: &Output) -> Result<()> {
        let (a, b) = (out.style.app(&self.app_a), out.style.app(&self.app_b));
        if self.diff.is_empty() {
            return out.line(format!("{a} and {b} have the same config vars."));
        }
        let lines = if self.values {
            self.diff.lines()
        } else {
            self.diff.key_lines()
        };
        out.line(format!("--- {a}\n+++ {b}\n{}", lines.join("\n")))
    }
}
