//! `ps:scale` arguments: `TYPE=QUANTITY`, `TYPE+AMOUNT` or `TYPE-AMOUNT`, optionally followed
//! by `:SIZE` (`web=2`, `worker+1`, `web=2:standard-2x`). Errors are the usage message.
//!
//! Only the syntax is checked here, as the official CLI does: which sizes exist and how many
//! dynos a process type may have is the backend's policy (Heroku has sizes this list lacks,
//! such as `Performance-XL`, `Private-L` and Fir's), so any size and quantity is sent.

/// Sizes known by name, spelled as Heroku spells them; typed in any case, they are sent so.
pub const SIZES: &[&str] = &[
    "Eco",
    "Basic",
    "Standard-1X",
    "Standard-2X",
    "Performance-M",
    "Performance-L",
    "Performance-L-RAM",
    "Performance-XL",
    "Performance-2XL",
    "Private-S",
    "Private-M",
    "Private-L",
    "Private-L-RAM",
    "Private-XL",
    "Private-2XL",
    "Shield-S",
    "Shield-M",
    "Shield-L",
    "Shield-L-RAM",
    "Shield-XL",
    "Shield-2XL",
];

/// How a scale argument changes a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    Set(i64),
    Add(i64),
    Remove(i64),
}

/// One parsed `TYPE=N[:SIZE]`, `TYPE+N[:SIZE]` or `TYPE-N[:SIZE]` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleSpec {
    pub kind: String,
    pub quantity: Quantity,
    pub size: Option<String>,
}

/// Whether `name` can be a process type in a scale argument: ASCII letters, digits and `_`.
pub fn is_type_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The size to send: a known one as Heroku spells it (matched case-insensitively), any other
/// word of letters, digits, `-` and `_` as typed (`dyno-2c-4gb`); the backend decides.
pub fn canonical_size(size: &str) -> Result<String, String> {
    if let Some(known) = SIZES.iter().find(|s| s.eq_ignore_ascii_case(size)) {
        return Ok(known.to_string());
    }
    let word = !size.is_empty()
        && size
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if word {
        Ok(size.to_string())
    } else {
        Err(format!(
            "Invalid dyno size `{size}`: a size is a word such as standard-2x or performance-l."
        ))
    }
}

/// Parses one scale argument; the error says what is wrong with it.
pub fn parse_scale_spec(arg: &str) -> Result<ScaleSpec, String> {
    let invalid = || {
        format!(
            "Invalid scale argument `{arg}`: expected TYPE=QUANTITY, TYPE+AMOUNT or TYPE-AMOUNT, \
             optionally followed by :SIZE (e.g. web=2, web+1, web=2:standard-2x)."
        )
    };
    let (change, size) = match arg.split_once(':') {
        Some((change, size)) => (change, Some(canonical_size(size)?)),
        None => (arg, None),
    };
    let at = change.find(['=', '+', '-']).ok_or_else(invalid)?;
    let (kind, rest) = change.split_at(at);
    if !is_type_name(kind) {
        return Err(invalid());
    }
    let (op, digits) = rest.split_at(1);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    let amount: i64 = digits.parse().map_err(|_| invalid())?;
    let quantity = match op {
        "=" => Quantity::Set(amount),
        "+" => Quantity::Add(amount),
        _ => Quantity::Remove(amount),
    };
    Ok(ScaleSpec {
        kind: kind.to_string(),
        quantity,
        size,
    })
}

/// The absolute quantity `spec` asks for, given the current one (never below 0).
pub fn target_quantity(spec: &ScaleSpec, current: i64) -> i64 {
    match spec.quantity {
        Quantity::Set(n) => n,
        Quantity::Add(n) => current.saturating_add(n),
        Quantity::Remove(n) => current.saturating_sub(n).max(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(kind: &str, quantity: Quantity, size: Option<&str>) -> ScaleSpec {
        ScaleSpec {
            kind: kind.into(),
            quantity,
            size: size.map(str::to_string),
        }
    }

    #[test]
    fn parses_every_scale_form() {
        assert_eq!(
            parse_scale_spec("web=2"),
            Ok(spec("web", Quantity::Set(2), None))
        );
        assert_eq!(
            parse_scale_spec("web+1"),
            Ok(spec("web", Quantity::Add(1), None))
        );
        assert_eq!(
            parse_scale_spec("worker-1"),
            Ok(spec("worker", Quantity::Remove(1), None))
        );
        assert_eq!(
            parse_scale_spec("web=2:standard-2x"),
            Ok(spec("web", Quantity::Set(2), Some("Standard-2X")))
        );
        assert_eq!(
            parse_scale_spec("clock_1=0:EcO"),
            Ok(spec("clock_1", Quantity::Set(0), Some("Eco")))
        );
    }

    #[test]
    fn sends_sizes_and_quantities_it_does_not_know() {
        assert_eq!(
            parse_scale_spec("web=2:performance-xl"),
            Ok(spec("web", Quantity::Set(2), Some("Performance-XL")))
        );
        assert_eq!(
            parse_scale_spec("web=1:dyno-2c-4gb"),
            Ok(spec("web", Quantity::Set(1), Some("dyno-2c-4gb")))
        );
        assert_eq!(
            parse_scale_spec("web=250"),
            Ok(spec("web", Quantity::Set(250), None))
        );
    }

    #[test]
    fn rejects_bad_scale_arguments() {
        for bad in [
            "web=abc",
            "web=-1",
            "web=2:huge size",
            "web=2:a/b",
            "web",
            "=2",
            "web=",
            "web=2:",
            "we b=1",
            "web==1",
            "web=1.5",
            "web=+1",
            "web=99999999999999999999",
            "wéb=1",
            "",
        ] {
            assert!(parse_scale_spec(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn relative_changes_never_go_below_zero() {
        let add = spec("web", Quantity::Add(1), None);
        assert_eq!(target_quantity(&add, 2), 3);
        assert_eq!(target_quantity(&add, i64::MAX), i64::MAX);
        assert_eq!(
            target_quantity(&spec("web", Quantity::Remove(5), None), 2),
            0
        );
    }
}
