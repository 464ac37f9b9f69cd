<?php
// Webhook configurado na Evolution API (evento MESSAGES_UPSERT)

require __DIR__ . '/../vendor/autoload.php';

use ForcaTotal\DeepSeek;
use ForcaTotal\Estado;
use ForcaTotal\Evolution;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();
$prompts = require __DIR__ . '/../config/prompts.php';

$evento = json_decode(file_get_contents('php://input'), true);
http_response_code(200);

if (($evento['event'] ?? '') !== 'messages.upsert') exit;
$d = $evento['data'];
$remoto = $d['key']['remoteJid'] ?? '';
if (str_ends_with($remoto, '@g.us')) exit;

$numero = strstr($remoto, '@', true);
$texto = trim($d['message']['conversation'] ?? $d['message']['extendedTextMessage']['text'] ?? '');
$estado = new Estado(__DIR__ . '/../storage/estado.json');
$evo = new Evolution();

// Mensagem enviada pela própria recepção (celular da academia): "#bot" devolve o aluno ao Tigrão
if ($d['key']['fromMe'] ?? false) {
    if ($texto === '#bot') $estado->devolverAoBot($numero);
    exit;
}
if ($texto === '' || $estado->comRecepcao($numero)) exit;

if ($texto === '9') {
    $estado->passarParaRecepcao($numero);
    $nome = $d['pushName'] ?? 'aluno';
    $evo->enviarTexto($_ENV['RECEPCAO_NUMERO'], "🔔 {$nome} (+{$numero}) pediu atendimento da recepção no WhatsApp da academia.");
    $evo->enviarTexto($numero, $prompts['recepcao_aviso']);
    exit;
}

$estado->anotar($numero, 'user', $texto);
$resposta = (new DeepSeek())->responder($prompts['sistema'], $estado->historico($numero));
$estado->anotar($numero, 'assistant', $resposta);
$evo->enviarTexto($numero, $resposta ?: 'Opa, deu um probleminha aqui. Manda de novo? 🙏');
