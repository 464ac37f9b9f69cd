<?php
declare(strict_types=1);

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Qiming\Bot\{Assistant, Store, WhatsApp};
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';
Dotenv\Dotenv::createImmutable(dirname(__DIR__))->load();

$app = AppFactory::create();
$store = new Store();
$wa = new WhatsApp($_ENV['WA_TOKEN'], $_ENV['WA_PHONE_ID']);
$assistant = new Assistant(OpenAI::client($_ENV['OPENAI_API_KEY']), $store);

$app->get('/webhook', function (Request $req, Response $res) {
    $q = $req->getQueryParams();
    if (($q['hub_verify_token'] ?? '') === $_ENV['WA_VERIFY_TOKEN']) {
        $res->getBody()->write($q['hub_challenge'] ?? '');
        return $res;
    }
    return $res->withStatus(403);
});

$app->post('/webhook', function (Request $req, Response $res) use ($wa, $assistant, $store) {
    $body = json_decode((string) $req->getBody(), true);
    $msg = $body['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
    if (!$msg || ($msg['type'] ?? '') !== 'text') return $res;

    $from = $msg['from'];
    $text = trim($msg['text']['body']);

    if ($text === '真人' || strcasecmp($text, 'human') === 0) {
        $store->flagHuman($from);
        $wa->send($_ENV['ADMIN_WA'], "【真人请求】家长 +{$from} 想和行政老师聊，请直接用中心手机回复 🙏");
        $wa->send($from, '好的，已通知行政老师，她会在办公时间内（周一至周六 10am–7pm）直接联系您。');
        return $res;
    }
    if ($store->isHuman($from)) return $res; // 行政老师接手中，机器人不插话

    $wa->send($from, $assistant->reply($from, $text));
    return $res;
});

$app->run();
