//! `ps:scale` arguments: a spec parses to a valid type and a non-negative quantity, prints
//! back to an argument that parses to the same spec, and the quantity it asks for is never
//! negative.
#![no_main]

use belt_text::scale::{Quantity, is_type_name, parse_scale_spec, target_quantity};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let Ok(spec) = parse_scale_spec(data) else {
        return;
    };
    assert!(
        is_type_name(&spec.kind) && data.starts_with(&spec.kind),
        "{data:?}"
    );
    let (op, n) = match spec.quantity {
        Quantity::Set(n) => ('=', n),
        Quantity::Add(n) => ('+', n),
        Quantity::Remove(n) => ('-', n),
    };
    assert!(n >= 0, "{data:?} gave {n}");
    let mut printed = format!("{}{op}{n}", spec.kind);
    if let Some(size) = &spec.size {
        printed = format!("{printed}:{size}");
    }
    assert_eq!(
        parse_scale_spec(&printed).as_ref(),
        Ok(&spec),
        "{data:?} -> {printed:?}"
    );
    for current in [0, 1, 100, i64::MAX] {
        let q = target_quantity(&spec, current);
        assert!(q >= 0, "{data:?} from {current} gave {q}");
    }
});
