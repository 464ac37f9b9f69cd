<?php

namespace DarZitoun;

use GuzzleHttp\Client;

final class Pms
{
    public const TOOLS = [
        ['name' => 'dispo', 'description' => 'Chambres disponibles entre deux dates',
         'input_schema' => ['type' => 'object', 'properties' => [
             'arrivee' => ['type' => 'string'], 'depart' => ['type' => 'string'], 'personnes' => ['type' => 'integer'],
         ], 'required' => ['arrivee', 'depart']]],
        ['name' => 'reserver', 'description' => 'Crée une réservation (chambre, transfert, hammam, dîner, excursion)',
         'input_schema' => ['type' => 'object', 'properties' => [
             'type' => ['type' => 'string', 'enum' => ['chambre', 'transfert', 'hammam', 'diner', 'excursion']],
             'details' => ['type' => 'object'], 'nom' => ['type' => 'string'], 'note' => ['type' => 'string'],
         ], 'required' => ['type', 'details', 'nom']]],
    ];

    private Client $http;

    public function __construct()
    {
        $this->http = new Client(['base_uri' => $_ENV['PMS_URL'] . '/', 'headers' => ['X-Key' => $_ENV['PMS_KEY']]]);
    }

    public function run(string $name, array $input, string $tel): array
    {
        return match ($name) {
            'dispo' => json_decode((string) $this->http->get('dispo', ['query' => $input])->getBody(), true),
            'reserver' => json_decode((string) $this->http->post('reservations', ['json' => $input + ['tel' => $tel]])->getBody(), true),
            default => ['erreur' => 'outil inconnu'],
        };
    }
}
