<?php

namespace Praxis;

use GuzzleHttp\Client;
use PDO;

/** Schaltet einen Chat auf "live": Bot schweigt, MFA antwortet über das Praxis-Dashboard (public/dashboard.php). */
final class LiveQueue
{
    public function __construct(private PDO $db, private Client $http) {}

    public function isLive(string $waId): bool
    {
        $st = $this->db->prepare('SELECT 1 FROM live_chats WHERE wa_id = ? AND closed_at IS NULL');
        $st->execute([$waId]);
        return (bool) $st->fetchColumn();
    }

    public function open(string $waId, string $lastMessage): void
    {
        $this->db->prepare('INSERT INTO live_chats (wa_id, opened_at) VALUES (?, NOW())')->execute([$waId]);
        $this->http->post($_ENV['EMPFANG_PUSH_URL'], [
            'body' => "Patient ***" . substr($waId, -4) . " möchte mit dem Team schreiben: " . mb_substr($lastMessage, 0, 120),
            'headers' => ['Title' => 'WhatsApp: MITARBEITER', 'Priority' => 'high'],
        ]);
    }
}
