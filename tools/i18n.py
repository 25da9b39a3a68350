"""The translation workflow: extract strings into the .ts files, compile them, see what is left.

    python tools/i18n.py extract            # UI + content + clinic strings -> translations/*.ts
    python tools/i18n.py status             # per language: strings, translated, problems
    python tools/i18n.py todo es > es.tsv   # what is left to translate, as a table
    python tools/i18n.py fill es es.tsv     # put a filled table back into kiosk_es.ts
    python tools/i18n.py compile [--out DIR] [--force]   # .ts -> .qm (the app also does this)

``extract`` runs ``pyside6-lupdate`` over ``kiosk/`` and over a generated file that marks every
content string (``assets/content/en.toml``) and every word of the embedded clinic profile with
``QT_TRANSLATE_NOOP``, so everything lands in the same .ts files and existing translations are
kept. Translators then use Qt Linguist (``pyside6-linguist translations/kiosk_es.ts``), or the
``todo``/``fill`` tables when they work in a spreadsheet. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import paths  # noqa: E402
from kiosk.core import translations as tx  # noqa: E402
from kiosk.core.content import load_content  # noqa: E402
from kiosk.core.profile import load_profile  # noqa: E402

GENERATED = ROOT / "build" / "i18n" / "data_strings.py"


def lupdate() -> list[str]:
    tool = tx.lrelease()
    if tool is not None and (tool.parent / "lupdate").is_file():
        return [str(tool.parent / "lupdate")]
    return ["pyside6-lupdate"]


def write_data_strings() -> int:
    content, problems = load_content(paths.content_file())
    profile, _ = load_profile(None)
    if problems:
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
    groups = [
        (tx.CONTENT_CONTEXT, tx.content_strings(content)),
        (tx.CLINIC_CONTEXT, tx.clinic_strings(profile)),
    ]
    GENERATED.parent.mkdir(parents=True, exist_ok=True)
    GENERATED.write_text(tx.noop_module(groups), encoding="utf-8")
    return sum(len(pairs) for _, pairs in groups)


def run_lupdate(ts: Path, locale: str, *, silent: bool = False) -> None:
    command = [
        *lupdate(),
        # Files, not the folder: lupdate does not look for .py files when scanning folders.
        *sorted(str(path.relative_to(ROOT)) for path in (ROOT / "kiosk").rglob("*.py")),
        str(GENERATED.relative_to(ROOT)),
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        locale,
        "-ts",
        str(ts),
    ]
    if silent:
        command.insert(1, "-silent")
    subprocess.run(command, check=True, cwd=ROOT)


def extract(_: argparse.Namespace) -> int:
    count = write_data_strings()
    print(f"{count} content and clinic strings marked in {GENERATED.relative_to(ROOT)}")
    for lang in tx.translated_languages():
        run_lupdate(paths.translations() / lang.ts_name, lang.locale)
    return status(_)


def status(_: argparse.Namespace) -> int:
    content, _problems = load_content(paths.content_file())
    profile, _ = load_profile(None)
    problems, notes = tx.check_translations(paths.translations(), content, profile)
    for lang in tx.translated_languages():
        path = paths.translations() / lang.ts_name
        messages = tx.read_ts(path) if path.is_file() else []
        done = sum(m.finished for m in messages)
        print(f"{lang.code:3} {lang.ts_name:18} {len(messages):4} strings, {done:4} translated")
    for problem in problems:
        print(problem)
    for note in notes:
        print(f"note: {note}")
    return 1 if problems else 0


def todo(args: argparse.Namespace) -> int:
    """Unfinished messages as tab-separated context, source, translation (empty)."""
    lang = tx.language(args.lang)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["context", "source", "translation", "note"])
    for message in tx.read_ts(paths.translations() / lang.ts_name):
        if not message.finished:
            writer.writerow([message.context, _flat(message.source), "", message.comment])
    return 0


def fill(args: argparse.Namespace) -> int:
    """Put translations from a todo table (filled in) into the language's .ts file."""
    lang = tx.language(args.lang)
    ts = paths.translations() / lang.ts_name
    with open(args.table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    wanted = {
        (row["context"], _unflat(row["source"])): _unflat(row["translation"])
        for row in rows
        if row.get("translation", "").strip()
    }
    tree = ElementTree.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key in wanted:
                node = message.find("translation")
                if node is None:
                    node = ElementTree.SubElement(message, "translation")
                node.text = wanted.pop(key)
                node.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    run_lupdate(ts, lang.locale, silent=True)  # back to lupdate's own layout
    print(f"{filled} translations put into {ts.relative_to(ROOT)}")
    for context, source in wanted:
        print(f"not in the .ts file (run extract first?): {context}: {source[:60]!r}")
    return 1 if wanted else 0


def compile_(args: argparse.Namespace) -> int:
    target = args.out or paths.compiled_translations()
    if args.force:
        for stamp in target.glob("*.sha256"):
            stamp.unlink()
    written = tx.compile_stale(paths.translations(), target)
    expected = [target / lang.qm_name for lang in tx.translated_languages()]
    missing = [
        qm
        for qm in expected
        if not tx.is_current(paths.translations() / qm.with_suffix(".ts").name, qm)
    ]
    print(f"compiled {len(written)} file(s) into {target}; {len(expected) - len(missing)} current")
    return 1 if missing else 0


def _flat(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unflat(text: str) -> str:
    out, chars = [], iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="update translations/*.ts from the code and content")
    commands.add_parser("status", help="strings, translated and problems per language")
    todo_parser = commands.add_parser("todo", help="untranslated strings as a TSV table")
    todo_parser.add_argument("lang")
    fill_parser = commands.add_parser("fill", help="put a filled TSV table into a .ts file")
    fill_parser.add_argument("lang")
    fill_parser.add_argument("table", type=Path)
    compile_parser = commands.add_parser("compile", help="compile .ts to .qm")
    compile_parser.add_argument("--out", type=Path, help="folder for the .qm files")
    compile_parser.add_argument("--force", action="store_true", help="recompile every file")
    args = parser.parse_args(argv)
    action = {
        "extract": extract,
        "status": status,
        "todo": todo,
        "fill": fill,
        "compile": compile_,
    }[args.command]
    return action(args)


if __name__ == "__main__":
    sys.exit(main())
