//! `ps:scale` arguments: `TYPE=QUANTITY`, `TYPE+AMOUNT` or `TYPE-AMOUNT`, optionally followed
//! by `:SIZE` (`web=2`, `worker+1`, `web=2:standard-2x`). Errors are the usage message.

/// The dyno sizes the platform offers, as it spells them (checked before any request).
pub const SIZES: &[&str] = &[
    "Eco",
    "Basic",
    "Standard-1X",
    "Standard-2X",
    "Performance-M",
    "Performance-L",
];
/// The platform's limit of dynos per process type.
pub const MAX_QUANTITY: i64 = 100;

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
    pub size: Option<&'static str>,
}

/// Whether `name` can be a process type in a scale argument: ASCII letters, digits and `_`.
pub fn is_type_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The size as the platform spells it, matched case-insensitively.
pub fn canonical_size(size: &str) -> Result<&'static str, String> {
    SIZES
        .iter()
        .find(|s| s.eq_ignore_ascii_case(size))
        .copied()
        .ok_or_else(|| {
            format!(
                "Unknown dyno size `{size}`. Valid sizes are: {}.",
                SIZES.join(", ")
            )
        })
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
    if amount > MAX_QUANTITY {
        return Err(too_many(kind, amount));
    }
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

fn too_many(kind: &str, quantity: i64) -> String {
    format!(
        "Cannot scale {kind} to {quantity} dynos: the limit is {MAX_QUANTITY} per process type."
    )
}

/// The absolute quantity `spec` asks for, given the current one.
pub fn target_quantity(spec: &ScaleSpec, current: i64) -> Result<i64, String> {
    let quantity = match spec.quantity {
        Quantity::Set(n) => n,
        Quantity::Add(n) => current.saturating_add(n),
        Quantity::Remove(n) => current.saturating_sub(n).max(0),
    };
    if quantity > MAX_QUANTITY {
        return Err(too_many(&spec.kind, quantity));
    }
    Ok(quantity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(kind: &str, quantity: Quantity, size: Option<&'static str>) -> ScaleSpec {
        ScaleSpec {
            kind: kind.into(),
            quantity,
            size,
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
    fn rejects_bad_scale_arguments() {
        for bad in [
            "web=abc",
            "web=-1",
            "web=2:huge",
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
            "web=101",
            "",
        ] {
            assert!(parse_scale_spec(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn relative_changes_stay_within_limits() {
        let add = spec("web", Quantity::Add(1), None);
        assert_eq!(target_quantity(&add, 2), Ok(3));
        assert!(target_quantity(&add, MAX_QUANTITY).is_err());
        assert_eq!(
            target_quantity(&spec("web", Quantity::Remove(5), None), 2),
            Ok(0)
        );
    }
}
