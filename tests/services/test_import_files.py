"""Which files an import takes from the files and folders a person names."""

from commune_radio.services.import_files import collect_files, folders_without_audio


def test_files_as_given_and_folders_searched_for_audio(tmp_path):
    named = tmp_path / "notes.txt"  # named explicitly: tried, so the person learns why not
    named.write_text("x")
    folder = tmp_path / "tuan-47"
    (folder / "hmong").mkdir(parents=True)
    for rel in ("b.mp3", "a.WAV", "hmong/c.ogg", "readme.txt", "hmong/cover.jpg"):
        (folder / rel).write_bytes(b"\x00")
    found = collect_files([named, folder, folder / "b.mp3"])
    assert found == [named, folder / "a.WAV", folder / "b.mp3", folder / "hmong" / "c.ogg"]


def test_a_file_reached_twice_is_taken_once(tmp_path):
    (tmp_path / "a.mp3").write_bytes(b"\x00")
    assert collect_files([tmp_path / "a.mp3", tmp_path, str(tmp_path)]) == [tmp_path / "a.mp3"]


def test_folders_without_audio_are_named(tmp_path):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "list.txt").write_text("x")
    full = tmp_path / "full"
    full.mkdir()
    (full / "x.flac").write_bytes(b"\x00")
    assert folders_without_audio([empty, full, full / "x.flac"]) == [empty]
    assert collect_files([empty]) == []
