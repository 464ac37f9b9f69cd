<?php

declare(strict_types=1);

use Concierge\Claude;
use Concierge\Wati;
use Predis\Client as Redis;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';
Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();

$wati   = new Wati($_ENV['WATI_ENDPOINT'], $_ENV['WATI_TOKEN']);
$claude = new Claude(
    $_ENV['ANTHROPIC_API_KEY'],
    $_ENV['ANTHROPIC_MODEL'] ?? 'claude-3-5-sonnet-20241022',
    file_get_contents(__DIR__ . '/../prompts/concierge.el.md')
);
$redis = new Redis($_ENV['REDIS_DSN'] ?? 'tcp://127.0.0.1:6379');

$app = AppFactory::create();
$app->addBodyParsingMiddleware();

$app->post('/wati/hook', function (Request $req, Response $res) use ($wati, $claude, $redis) {
    $p = (array) $req->getParsedBody();
    if (($p['eventType'] ?? '') !== 'message' || !empty($p['owner']) || ($p['type'] ?? '') !== 'text') {
        return $res->withStatus(200);
    }
    $waId = (string) $p['waId'];

    if ($redis->get("reception:{$waId}")) {
        return $res->withStatus(200); // η ρεσεψιόν έχει τη συνομιλία
    }

    $hist = json_decode($redis->get("hist:{$waId}") ?: '[]', true);
    $hist[] = ['role' => 'user', 'content' => (string) $p['text']];
    $hist = array_slice($hist, -12);
    if ($hist[0]['role'] !== 'user') {
        array_shift($hist);
    }

    $answer = $claude->reply($hist);

    if (str_contains($answer, '[RECEPTION]')) {
        $answer = trim(str_replace('[RECEPTION]', '', $answer));
        $wati->assignOperator($waId, $_ENV['WATI_RECEPTION_EMAIL']);
        $redis->setex("reception:{$waId}", 86400, '1');
    }

    $hist[] = ['role' => 'assistant', 'content' => $answer];
    $redis->setex("hist:{$waId}", 7 * 86400, json_encode($hist, JSON_UNESCAPED_UNICODE));
    $wati->send($waId, $answer);

    return $res->withStatus(200);
});

$app->run();
