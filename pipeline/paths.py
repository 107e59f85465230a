"""Where the project's data, schemas and default output live."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
LEXICONS = DATA / "lexicons"
SCHEMAS = ROOT / "schemas"
QUERIES = SCHEMAS / "queries"
DEFAULT_OUT = Path("output")
