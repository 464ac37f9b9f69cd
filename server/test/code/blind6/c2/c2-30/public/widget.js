(function () {
  const box = document.createElement('div');
  box.id = 'lh-chat';
  box.innerHTML =
    '<div class="lh-log"></div><form><input placeholder="有什么可以帮您？" /><button>发送</button></form>' +
    '<a class="lh-wa" href="https://wa.me/85261234567" target="_blank">💬 WhatsApp 联系店员</a>';
  document.body.appendChild(box);

  const log = box.querySelector('.lh-log');
  const history = [];
  box.querySelector('form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = box.querySelector('input');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    log.insertAdjacentHTML('beforeend', `<p class="me">${text}</p>`);
    const r = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: text, history }),
    }).then((x) => x.json());
    history.push({ from: 'user', text }, { from: 'bot', text: r.reply });
    log.insertAdjacentHTML('beforeend', `<p class="bot">${r.reply}</p>`);
  });
})();
