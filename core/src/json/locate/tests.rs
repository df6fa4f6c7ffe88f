use super::*;

fn keys(path: &[&str]) -> Vec<Step> {
    path.iter().map(|k| Step::Key((*k).to_string())).collect()
}

#[test]
fn the_walk_keeps_the_key_or_index_of_every_open_container() {
    let text = r#"{"a":[1,{"b":2,"c":[true,null]}],"d":"x"}"#;
    let at = |marker: &str| text.find(marker).map_or(0, |i| i + marker.len());
    assert_eq!(walk(text, 0).steps, vec![]);
    assert_eq!(walk(text, at(r#"{"a""#)).steps, keys(&["a"]));
    assert!(walk(text, at(r#"{"a""#)).after_key);
    assert_eq!(
        walk(text, at("[1")).steps,
        vec![Step::Key("a".into()), Step::Index(0)]
    );
    assert!(!walk(text, at("[1")).after_key);
    assert_eq!(
        walk(text, at(r#""b":2"#)).steps,
        vec![Step::Key("a".into()), Step::Index(1), Step::Key("b".into())]
    );
    // Between entries an object has no key; a closed container is named by its parent's step.
    assert_eq!(
        walk(text, at(r#""b":2,"#)).steps,
        vec![Step::Key("a".into()), Step::Index(1)]
    );
    assert_eq!(
        walk(text, at("null]")).steps,
        vec![Step::Key("a".into()), Step::Index(1), Step::Key("c".into())]
    );
    assert_eq!(walk(text, at("null]}]")).steps, keys(&["a"]));
    assert_eq!(walk(text, text.len()).steps, vec![]);
}

#[test]
fn keys_with_quotes_and_escapes_are_read_back_as_they_are() {
    for key in [
        "quote\"d",
        "back\\slash",
        "new\nline",
        "\u{1}\u{8}\u{c}\r\t",
        "é ✓ \u{1F600}",
        "[0].x",
        "{\"a\":1}",
    ] {
        let text = serde_json::json!({ key: [0] }).to_string();
        let steps = walk(&text, text.len() - 2).steps;
        assert_eq!(
            steps,
            vec![Step::Key(key.to_string()), Step::Index(0)],
            "{text}"
        );
    }
}

#[test]
fn paths_are_printed_as_serde_path_to_error_printed_them() {
    assert_eq!(path(&[]), ".");
    assert_eq!(path(&[Step::Index(3)]), "[3]");
    assert_eq!(
        path(&[
            Step::Key("a.b".into()),
            Step::Index(0),
            Step::Index(1),
            Step::Key("c".into())
        ]),
        "a.b[0][1].c"
    );
    assert_eq!(path(&keys(&["", "x"])), ".x");
    assert_eq!(path(&keys(&["x", "", "y"])), "x..y");
    assert_eq!(path(&[Step::Index(0), Step::Key(String::new())]), "[0].");
}

#[test]
fn a_value_is_described_as_serde_json_describes_it() {
    let described = |v: Value| {
        let message = serde_json::Error::invalid_type(unexpected(&v), &"x").to_string();
        message["invalid type: ".len()..message.len() - ", expected x".len()].to_string()
    };
    assert_eq!(described(serde_json::json!(null)), "null");
    assert_eq!(
        described(serde_json::json!(u64::MAX)),
        format!("integer `{}`", u64::MAX)
    );
    assert_eq!(described(serde_json::json!(-3)), "integer `-3`");
    assert_eq!(described(serde_json::json!(1.5)), "floating point `1.5`");
    assert_eq!(described(serde_json::json!("s")), "string \"s\"");
    assert_eq!(described(serde_json::json!([])), "sequence");
    assert_eq!(described(serde_json::json!({})), "map");
}
