<?php

namespace ForcaTotal;

use GuzzleHttp\Client;

final class Evolution
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => rtrim($_ENV['EVOLUTION_URL'], '/') . '/',
            'headers' => ['apikey' => $_ENV['EVOLUTION_APIKEY']],
            'timeout' => 15,
        ]);
    }

    public function enviarTexto(string $numero, string $texto): void
    {
        $this->http->post('message/sendText/' . $_ENV['EVOLUTION_INSTANCE'], [
            'json' => ['number' => $numero, 'text' => $texto, 'delay' => 800],
        ]);
    }
}
