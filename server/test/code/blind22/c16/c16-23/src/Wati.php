<?php

namespace Concierge;

use GuzzleHttp\Client;

final class Wati
{
    private Client $http;

    public function __construct(string $endpoint, string $token)
    {
        $this->http = new Client([
            'base_uri' => rtrim($endpoint, '/') . '/',
            'headers'  => ['Authorization' => 'Bearer ' . $token],
            'timeout'  => 15,
        ]);
    }

    public function send(string $waId, string $text): void
    {
        $this->http->post("api/v1/sendSessionMessage/{$waId}", ['query' => ['messageText' => $text]]);
    }

    /** Αναθέτει τη συνομιλία σε υπάλληλο της ρεσεψιόν στο WATI Team Inbox (το bot σταματά). */
    public function assignOperator(string $waId, string $email): void
    {
        $this->http->post('api/v1/assignOperator', ['query' => ['email' => $email, 'whatsappNumber' => $waId]]);
    }
}
