<?php

namespace Conectar;

use GuzzleHttp\Client;

final class Wati
{
    private Client $http;

    public function __construct(string $baseUrl, string $token)
    {
        $this->http = new Client([
            'base_uri' => rtrim($baseUrl, '/') . '/',
            'headers' => ['Authorization' => "Bearer {$token}"],
            'timeout' => 10,
        ]);
    }

    public function enviarTexto(string $numero, string $texto): void
    {
        $this->http->post("api/v1/sendSessionMessage/{$numero}", ['query' => ['messageText' => $texto]]);
    }

    public function asignarOperador(string $numero, string $email): void
    {
        $this->http->post('api/v1/assignOperator', ['query' => ['email' => $email, 'whatsappNumber' => $numero]]);
    }
}
