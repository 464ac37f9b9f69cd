from pathlib import Path

import litellm
import pandas as pd
import typer

app = typer.Typer()
SYSTEM = (Path(__file__).parent.parent / "prompts" / "translate_id.txt").read_text(encoding="utf-8")


def translate(html: str, model: str) -> str:
    resp = litellm.completion(
        model=model,
        temperature=0,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": html}],
    )
    return resp.choices[0].message.content.strip()


@app.command()
def run(
    csv_in: Path,
    csv_out: Path,
    model: str = typer.Option("gpt-4o-mini", help="any LiteLLM model id, e.g. gemini/gemini-1.5-flash"),
    limit: int = 0,
):
    """Read a Shopify product export and add a body_html_id column."""
    df = pd.read_csv(csv_in)
    if limit:
        df = df.head(limit)
    out = []
    with typer.progressbar(df["Body (HTML)"].fillna(""), label="translating") as rows:
        for html in rows:
            out.append(translate(html, model) if html else "")
    df["Body (HTML) ID"] = out
    df.to_csv(csv_out, index=False)
    typer.echo(f"wrote {len(df)} rows to {csv_out}")


if __name__ == "__main__":
    app()
