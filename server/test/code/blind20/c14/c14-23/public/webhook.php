<?php

require __DIR__ . '/../vendor/autoload.php';

use CheBot\Claude;
use CheBot\Historial;
use Twilio\Security\RequestValidator;
use Twilio\TwiML\MessagingResponse;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();

$validator = new RequestValidator($_ENV['TWILIO_AUTH_TOKEN']);
$url = 'https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];
if (!$validator->validate($_SERVER['HTTP_X_TWILIO_SIGNATURE'] ?? '', $url, $_POST)) {
    http_response_code(403);
    exit;
}

$cfg = json_decode(file_get_contents(__DIR__ . '/../config/bot.json'), true);
$claude = new Claude($cfg);
$hist = new Historial(__DIR__ . '/../storage/conversaciones', $cfg['historial']);

$numero = $_POST['From'] ?? '';
$texto = trim($_POST['Body'] ?? '');

$msgs = $hist->get($numero);
if ($texto === '' || in_array(mb_strtolower($texto), ['hola', 'buenas', 'menu'], true) && !$msgs) {
    $respuesta = $cfg['saludo'];
} else {
    $msgs[] = ['role' => 'user', 'content' => $texto];
    try {
        $respuesta = $claude->ask($msgs);
    } catch (Throwable $e) {
        error_log('claude: ' . $e->getMessage());
        $respuesta = 'Uh, se me trabó algo 😅 Probá de nuevo en un ratito.';
    }
    $msgs[] = ['role' => 'assistant', 'content' => $respuesta];
    $hist->save($numero, $msgs);
}

$twiml = new MessagingResponse();
$twiml->message($respuesta);
header('Content-Type: text/xml');
echo $twiml;
