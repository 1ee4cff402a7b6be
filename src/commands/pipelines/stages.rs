//! Pipeline stages: the names a coupling may have, and the official CLI's guess of an app's
//! stage (and its pipeline's name) from the app's name: `shop-staging` is `shop` at staging.

use crate::context::Context;
use crate::error::{Error, Result};

/// Every stage the Platform API accepts for a coupling.
pub const STAGES: [&str; 5] = ["test", "review", "development", "staging", "production"];

/// The stages a slug moves through, in order; review and test apps are not promoted from.
pub const PROMOTION_ORDER: [&str; 3] = ["development", "staging", "production"];

/// The stages a name can point to, in the official CLI's order, each with the name endings
/// that point to it.
const INFERRABLE: [(&str, &[&str]); 3] = [
    (
        "development",
        &["dev", "development", "uat", "tst", "test", "qa"],
    ),
    ("staging", &["stg", "staging"]),
    (
        "production",
        &["prd", "prod", "production", "admin", "demo"],
    ),
];

/// The official CLI's `infer`: the app's name without its stage ending, and the stage that
/// ending names; an app with no such ending is its own pipeline's production.
pub fn infer(app: &str) -> (String, &'static str) {
    for (stage, endings) in INFERRABLE {
        for ending in endings {
            if let Some(base) = app.strip_suffix(ending).and_then(|b| b.strip_suffix('-')) {
                return (base.to_string(), stage);
            }
        }
    }
    (app.to_string(), "production")
}

/// The stage given with `-s`, or on a terminal the one typed at a prompt (the guess when
/// nothing is typed), or without one the guess.
pub fn stage_for(ctx: &Context, app: &str, given: Option<String>) -> Result<String> {
    if let Some(stage) = given {
        return Ok(stage);
    }
    let guess = infer(app).1;
    if !ctx.out.can_prompt() {
        return Ok(guess.to_string());
    }
    let choices = INFERRABLE.map(|(stage, _)| stage).join(", ");
    let typed = ctx
        .out
        .prompt(&format!("Stage of {app} ({choices}) [{guess}]: "), false)?;
    match typed.trim() {
        "" => Ok(guess.to_string()),
        stage if STAGES.contains(&stage) => Ok(stage.to_string()),
        stage => Err(Error::Usage(format!(
            "'{stage}' is not a stage: one of {}",
            STAGES.join(", ")
        ))),
    }
}

/// The pipeline's name as given, or on a terminal as typed (the app's name without its stage
/// ending when nothing is typed), or without one that name.
pub fn name_for(ctx: &Context, app: &str, given: Option<String>) -> Result<String> {
    if let Some(name) = given {
        return Ok(name);
    }
    let guess = infer(app).0;
    if !ctx.out.can_prompt() {
        return Ok(guess);
    }
    let typed = ctx
        .out
        .prompt(&format!("Pipeline name [{guess}]: "), false)?;
    Ok(match typed.trim() {
        "" => guess,
        name => name.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::infer;

    #[test]
    fn the_stage_is_guessed_from_the_name_as_the_official_cli_does() {
        assert_eq!(infer("shop-staging"), ("shop".into(), "staging"));
        assert_eq!(infer("shop-stg"), ("shop".into(), "staging"));
        assert_eq!(infer("shop-qa"), ("shop".into(), "development"));
        assert_eq!(infer("shop-prod"), ("shop".into(), "production"));
        assert_eq!(infer("shop"), ("shop".into(), "production"));
        // Only a whole ending after a dash counts.
        assert_eq!(infer("shopstaging"), ("shopstaging".into(), "production"));
    }
}
