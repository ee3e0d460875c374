use super::*;

fn write(path: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, "نص\n").unwrap();
}

#[test]
fn home_has_saved_feeds_folders_and_samples_in_that_order() {
    let data = Path::new("/d/hamish");
    let feeds = ["bbc".into(), "جزيرة".into()];
    let groups = home_groups(data, &feeds, &[PathBuf::from("/r/news")], Path::new("/s"));
    let titles: Vec<_> = groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Saved articles",
            "Feed: bbc",
            "Feed: جزيرة",
            "Folder: /r/news",
            "Samples"
        ]
    );
    assert_eq!(groups[2].dir, Path::new("/d/hamish/feeds/جزيرة"));
    let labels: Vec<_> = groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(
        labels,
        ["articles", "feeds/bbc", "feeds/جزيرة", "news", "s"]
    );
    assert!(groups[1].newest_first && !groups[4].newest_first);
    let none = home_groups(data, &[], &[], Path::new("/s"));
    let hint = |g: &Group| g.hint.clone().unwrap();
    assert!(hint(&none[1]).contains("hamish feed add URL"));
    assert!(hint(&none[0]).contains("hamish add URL"));
}

#[test]
fn a_folder_is_grouped_by_its_subfolders_at_every_depth() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("top.txt"));
    write(&root.join("b/deeper/x.txt"));
    write(&root.join("a/x.txt"));
    std::fs::create_dir(root.join(".git")).unwrap();
    let groups = dir_groups(root).unwrap();
    let titles: Vec<_> = groups.iter().skip(1).map(|g| g.title.as_str()).collect();
    assert_eq!(titles, ["a", "b", "b/deeper"]);
    let found = articles(&groups);
    let names: Vec<_> = found.articles.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["top.txt", "a/x.txt", "b/deeper/x.txt"]);
    assert!(dir_groups(&root.join("missing")).is_err());
}

#[test]
fn the_home_names_each_article_by_its_place_and_walks_subfolders() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("hamish");
    write(&data.join("articles/x.txt"));
    write(&data.join("feeds/bbc/x.txt"));
    write(&data.join("feeds/jazeera/x.txt"));
    write(&data.join("feeds/jazeera/2025/03/y.txt"));
    write(&data.join("samples/001.txt"));
    std::fs::write(data.join("articles/page.html"), "x").unwrap();
    let feeds = ["bbc".into(), "jazeera".into()];
    let groups = home_groups(&data, &feeds, &[], &data.join("samples"));
    let names: Vec<_> = articles(&groups)
        .articles
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(
        names,
        [
            "articles/x.txt",
            "feeds/bbc/x.txt",
            "feeds/jazeera/x.txt",
            "feeds/jazeera/2025/03/y.txt",
            "samples/001.txt"
        ]
    );
}

#[test]
fn paths_given_are_walked_and_named_and_missing_ones_said() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    write(&one.join("x.txt"));
    write(&one.join("sub/deep/z.txt"));
    write(&two.join("x.txt"));
    let found = find(std::slice::from_ref(&one));
    let names: Vec<_> = found.articles.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["x.txt", "sub/deep/z.txt"]);
    let found = find(&[one.clone(), two.join("x.txt"), dir.path().join("nope")]);
    let names: Vec<_> = found.articles.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["one/x.txt", "one/sub/deep/z.txt", "x.txt"]);
    assert_eq!(found.missing.len(), 1);
    assert!(found.missing[0].1.contains("no such article"));
    // The same folder twice, or a file inside a folder given: each article once.
    let found = find(&[one.clone(), one.join("x.txt")]);
    assert_eq!(found.articles.len(), 2);
}

#[test]
fn configured_folders_come_from_the_library_setting_with_tilde_as_home() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("cfg/hamish");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "library = [\"~/research/news\", \"/srv/articles\", \" \"]\n",
    )
    .unwrap();
    let cfg = dir.path().join("cfg");
    let env = move |name: &str| match name {
        "HOME" => Some("/home/u".into()),
        "XDG_CONFIG_HOME" => Some(cfg.clone().into_os_string()),
        _ => None,
    };
    assert_eq!(
        configured(&env),
        [
            PathBuf::from("/home/u/research/news"),
            PathBuf::from("/srv/articles")
        ]
    );
    let groups = home_groups(Path::new("/d"), &[], &configured(&env), Path::new("/s"));
    let hint = groups[2].hint.clone().unwrap();
    assert!(hint.contains("no such folder"), "{hint}");
}
