<?php

require __DIR__ . '/../vendor/autoload.php';

use Conectar\{Cuentas, Gemini, Prompt, Wati};

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();

$evento = json_decode(file_get_contents('php://input'), true) ?? [];
http_response_code(200);

if (($evento['eventType'] ?? '') !== 'message' || ($evento['owner'] ?? false) || ($evento['type'] ?? '') !== 'text') {
    exit;
}

$numero = $evento['waId'];
$texto = trim($evento['text'] ?? '');
$wati = new Wati($_ENV['WATI_BASE_URL'], $_ENV['WATI_TOKEN']);

if (preg_match('/^\s*asesor\b/i', $texto)) {
    $wati->asignarOperador($numero, $_ENV['WATI_EQUIPO_EMAIL']); // cola "Atención al cliente"
    $wati->enviarTexto($numero, 'Listo, te paso con un asesor de Conectar. Te responde por acá en unos minutos (lun a sáb de 8 a 21).');
    exit;
}

$pdo = new PDO($_ENV['DB_DSN'], $_ENV['DB_USER'], $_ENV['DB_PASS']);
$redis = new Redis();
$redis->connect($_ENV['REDIS_HOST'] ?? '127.0.0.1');

$clave = "hist:{$numero}";
$turnos = json_decode($redis->get($clave) ?: '[]', true);
$turnos[] = ['role' => 'user', 'text' => $texto];

$sistema = Prompt::SISTEMA . "\n\nDatos de la cuenta: " . (new Cuentas($pdo))->contexto($numero);
$respuesta = (new Gemini($_ENV['GEMINI_API_KEY']))->responder($sistema, array_slice($turnos, -10));

$turnos[] = ['role' => 'model', 'text' => $respuesta];
$redis->setex($clave, 86400, json_encode(array_slice($turnos, -20)));

$wati->enviarTexto($numero, $respuesta);
