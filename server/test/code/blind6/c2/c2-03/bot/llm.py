from openai import OpenAI

client = OpenAI()

SYSTEM_PROMPT = """Eres "Chispa", el asistente de WhatsApp de Taquería El Fogón (Av. Universidad 1450, Coyoacán, CDMX).
Solo ayudas con temas de la taquería:
- menú y precios (tacos al pastor $22, suadero $22, campechanos $25, gringas $65, aguas frescas $30),
- horario: lunes a domingo de 13:00 a 23:30,
- pedidos para llevar y a domicilio (zona Coyoacán y Benito Juárez, envío $35),
- reservaciones para grupos de más de 8 personas.
Si te preguntan algo que no tenga que ver con la taquería, responde amablemente que solo puedes ayudar con pedidos,
menú, horario y reservaciones. Si el cliente quiere hablar con una persona, dile que escriba AGENTE.
Responde breve, en español de México, con buena onda."""

_historial: dict[str, list[dict]] = {}


def responder_cliente(numero: str, texto: str) -> str:
    hist = _historial.setdefault(numero, [])
    hist.append({"role": "user", "content": texto})
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, *hist[-12:]],
        temperature=0.3,
    )
    contenido = resp.choices[0].message.content
    hist.append({"role": "assistant", "content": contenido})
    return contenido
