<?php

declare(strict_types=1);

use GuzzleHttp\Client;
use Predis\Client as Redis;

final class OtpSender
{
    private const TEMPLATE = 'pagafacil_login_code'; // categoría AUTHENTICATION, aprobada
    private const TTL = 300;

    public function __construct(private Client $http, private Redis $redis) {}

    public function send(string $phoneE164): void
    {
        $key = 'otp:' . $phoneE164;
        if ($this->redis->get($key . ':lock')) {
            throw new RuntimeException('Espera 60 segundos antes de pedir otro código.');
        }
        $code = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT);
        $this->redis->setex($key, self::TTL, password_hash($code, PASSWORD_DEFAULT));
        $this->redis->setex($key . ':lock', 60, '1');

        $this->http->post(sprintf('https://graph.facebook.com/v21.0/%s/messages', getenv('WA_PHONE_NUMBER_ID')), [
            'headers' => ['Authorization' => 'Bearer ' . getenv('WA_TOKEN')],
            'json' => [
                'messaging_product' => 'whatsapp',
                'to' => ltrim($phoneE164, '+'),
                'type' => 'template',
                'template' => [
                    'name' => self::TEMPLATE,
                    'language' => ['code' => 'es_MX'],
                    'components' => [
                        ['type' => 'body', 'parameters' => [['type' => 'text', 'text' => $code]]],
                        ['type' => 'button', 'sub_type' => 'url', 'index' => '0', 'parameters' => [['type' => 'text', 'text' => $code]]],
                    ],
                ],
            ],
        ]);
    }

    public function verify(string $phoneE164, string $code): bool
    {
        $hash = $this->redis->get('otp:' . $phoneE164);
        if ($hash && password_verify($code, $hash)) {
            $this->redis->del(['otp:' . $phoneE164]);
            return true;
        }
        return false;
    }
}
