<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/OtpSender.php';

header('Content-Type: application/json');
$in = json_decode(file_get_contents('php://input'), true) ?? [];
$sender = new OtpSender(new GuzzleHttp\Client(['timeout' => 10]), new Predis\Client(getenv('REDIS_URL') ?: null));

try {
    if (($in['action'] ?? '') === 'send') {
        $sender->send($in['phone']);
        echo json_encode(['ok' => true]);
    } elseif (($in['action'] ?? '') === 'verify') {
        echo json_encode(['ok' => $sender->verify($in['phone'], $in['code'])]);
    } else {
        http_response_code(400);
        echo json_encode(['error' => 'acción inválida']);
    }
} catch (Throwable $e) {
    http_response_code(429);
    echo json_encode(['error' => $e->getMessage()]);
}
