"""SQL lives in ``storage/`` alone (after qutebrowser's ``misc/sql.py``): no other module of the
package holds an SQL statement in a string.

The check reads every module's string literals (docstrings and comments may name a statement)
and flags one that begins like SQL. ``NOT_YET`` names the modules whose SQL moves in another
branch; the test fails on any other module and on a listed module that no longer has SQL.
"""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "commune_radio"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|ALTER|DROP|REPLACE|WITH)\s")

# module -> where its SQL moves to storage (remove the line when that branch is merged)
NOT_YET: dict[str, str] = {}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_strings(path: Path) -> list[str]:
    """The string literals of ``path`` that begin like an SQL statement (f-strings included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    skip |= {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
             for v in node.values}  # an f-string's parts are read once, as the whole
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values
                           if isinstance(v, ast.Constant) and isinstance(v.value, str))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in skip:
            text = node.value
        else:
            continue
        if SQL.match(text):
            out.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {text[:60]}")
    return out


def test_the_check_finds_sql():
    here = Path(__file__)
    found = sql_strings(PACKAGE / "storage" / "log_repo.py")
    assert found and here.name  # the storage modules do hold SQL, and it is seen


def test_no_sql_outside_storage():
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("storage/"):
            continue
        hits = sql_strings(path)
        if hits:
            found[rel] = hits
    unexpected = [hit for rel, hits in found.items() if rel not in NOT_YET for hit in hits]
    assert unexpected == [], "SQL outside storage/:\n" + "\n".join(unexpected)
    moved = sorted(set(NOT_YET) - set(found))
    assert moved == [], f"no SQL left, remove from NOT_YET: {moved}"
