//! Repository invariants: CI runs exactly the README's test command.

#[test]
fn ci_runs_exactly_the_readme_test_command() {
    let ci = std::fs::read_to_string(".ci/run").expect(".ci/run");
    let line = ci
        .lines()
        .find_map(|l| l.strip_prefix("TEST_COMMAND='"))
        .and_then(|l| l.strip_suffix('\''))
        .expect("TEST_COMMAND='...' in .ci/run");
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    assert!(
        readme.lines().any(|l| l.trim() == line),
        "README.md must show the CI test command on a line of its own: {line}"
    );
}

#[test]
fn bundled_font_has_its_licence() {
    assert!(std::path::Path::new("assets/fonts/NotoSans-Regular.ttf").exists());
    let licence = std::fs::read_to_string("assets/fonts/OFL.txt").expect("licence");
    assert!(licence.contains("SIL OPEN FONT LICENSE") || licence.contains("Open Font License"));
}
