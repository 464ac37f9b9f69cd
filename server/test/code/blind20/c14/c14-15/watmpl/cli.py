"""watmpl – מנסח טיוטות של WhatsApp message templates לצוות.

דוגמה:
    watmpl draft "תזכורת לבדיקת ראייה שנתית" --category UTILITY --out drafts/eye_exam.json

הפלט נבדק ידנית ואז מועלה ל-WhatsApp Manager. הכלי לא שולח כלום ללקוחות.
"""
import json
from pathlib import Path

import anthropic
import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False)
console = Console()
PROMPT = (Path(__file__).parent.parent / "prompts" / "template_writer.he.txt").read_text(encoding="utf-8")


@app.command()
def draft(
    goal: str = typer.Argument(..., help="מטרת ההודעה"),
    category: str = typer.Option("UTILITY", help="MARKETING / UTILITY / AUTHENTICATION"),
    language: str = typer.Option("he"),
    model: str = typer.Option("claude-3-5-sonnet-latest"),
    out: Path | None = typer.Option(None, help="קובץ JSON לשמירה"),
):
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model=model,
        max_tokens=1500,
        system=PROMPT,
        messages=[{"role": "user", "content": f"מטרה: {goal}\nקטגוריה: {category}\nשפה: {language}"}],
    )
    raw = msg.content[0].text
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        console.print("[red]המודל לא החזיר JSON תקין:[/red]")
        console.print(raw)
        raise typer.Exit(1)

    table = Table(title=data.get("name", "?"))
    table.add_column("#")
    table.add_column("body")
    for i, v in enumerate(data.get("variants", []), 1):
        table.add_row(str(i), v["body"])
    console.print(table)

    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        console.print(f"נשמר ב-{out}")


@app.command()
def lint(path: Path):
    """בדיקות בסיסיות לפני העלאה ל-Meta."""
    import re

    data = json.loads(path.read_text(encoding="utf-8"))
    ok = True
    for i, v in enumerate(data["variants"], 1):
        body = v["body"]
        nums = [int(n) for n in re.findall(r"\{\{(\d+)\}\}", body)]
        if nums and nums != list(range(1, len(nums) + 1)):
            console.print(f"[yellow]גרסה {i}: משתנים לא ברצף[/yellow]")
            ok = False
        if body.strip().startswith("{{") or body.strip().endswith("}}"):
            console.print(f"[yellow]גרסה {i}: משתנה בתחילת/סוף ההודעה[/yellow]")
            ok = False
        if len(body) > 550:
            console.print(f"[yellow]גרסה {i}: ארוך מדי ({len(body)})[/yellow]")
            ok = False
    raise typer.Exit(0 if ok else 1)


if __name__ == "__main__":
    app()
