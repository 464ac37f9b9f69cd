import sqlite3

DB = sqlite3.connect("bichomania.db", check_same_thread=False)


def catalogo_resumido() -> str:
    rows = DB.execute("select nome, preco from catalogo where ativo = 1 order by nome limit 60").fetchall()
    return "\n".join(f"- {n}: R$ {p:.2f}" for n, p in rows)


def historico(wa_id: str) -> list[dict]:
    rows = DB.execute("select papel, texto from mensagens where wa_id=? order by id desc limit 10", (wa_id,)).fetchall()
    return [{"role": p, "content": t} for p, t in reversed(rows)]


def salvar(wa_id: str, pergunta: str, resposta: str | None) -> None:
    DB.executemany("insert into mensagens(wa_id, papel, texto) values (?,?,?)",
                   [(wa_id, "user", pergunta), (wa_id, "assistant", resposta or "")])
    DB.commit()


def conversa_chatwoot(wa_id: str) -> int:
    row = DB.execute("select conversation_id from chatwoot_map where wa_id=?", (wa_id,)).fetchone()
    return row[0] if row else 0


def agendar(wa_id: str, pet: str, data: str, loja: str) -> str:
    DB.execute("insert into agenda(wa_id, pet, data, loja) values (?,?,?,?)", (wa_id, pet, data, loja))
    DB.commit()
    return f"agendado: {pet} em {data} na loja {loja}"


def pedido(numero: str) -> str:
    row = DB.execute("select status from pedidos where numero=?", (numero,)).fetchone()
    return row[0] if row else "pedido não encontrado"
