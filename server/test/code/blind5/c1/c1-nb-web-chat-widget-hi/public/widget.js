(function () {
  const bubble = document.createElement('div');
  bubble.id = 'chat-bubble';
  bubble.innerHTML = `
    <div class="chat-log"></div>
    <form class="chat-form"><input name="q" placeholder="अपना सवाल लिखें..." /><button>भेजें</button></form>
    <a class="wa-link" href="https://wa.me/919812345678?text=Namaste" target="_blank" rel="noopener">
      WhatsApp पर हमसे बात करें
    </a>`;
  document.body.appendChild(bubble);

  const log = bubble.querySelector('.chat-log');
  const history = [];

  bubble.querySelector('form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = e.target.q.value.trim();
    if (!q) return;
    e.target.q.value = '';
    history.push({ role: 'user', content: q });
    log.insertAdjacentHTML('beforeend', `<p class="me">${q}</p>`);

    const res = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ messages: history }),
    });
    const p = document.createElement('p');
    log.appendChild(p);
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += dec.decode(value);
      p.textContent = text;
    }
    history.push({ role: 'assistant', content: text });
  });
})();
