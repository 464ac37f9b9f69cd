<?php

namespace Praxis;

use GuzzleHttp\Client;
use OpenAI;

final class Bot
{
    private const D360 = 'https://waba-v2.360dialog.io/messages';

    public function __construct(private LiveQueue $queue, private Client $http) {}

    public function handle(string $waId, string $text): void
    {
        if ($this->queue->isLive($waId)) {
            return; // Team antwortet im Dashboard
        }
        if (preg_match('/^\s*(mitarbeiter|mensch|team)\s*$/iu', $text)) {
            $this->queue->open($waId, $text);
            $this->send($waId, 'Danke, ich habe das Praxisteam informiert. Eine Mitarbeiterin meldet sich hier im Chat, sobald sie frei ist.');
            return;
        }
        $client = OpenAI::client($_ENV['OPENAI_API_KEY']);
        $r = $client->chat()->create([
            'model' => 'gpt-4o-mini',
            'messages' => [
                ['role' => 'system', 'content' => file_get_contents(__DIR__ . '/../prompts/system.de.md')],
                ['role' => 'user', 'content' => $text],
            ],
        ]);
        $this->send($waId, $r->choices[0]->message->content);
    }

    private function send(string $to, string $body): void
    {
        $this->http->post(self::D360, [
            'headers' => ['D360-API-KEY' => $_ENV['D360_API_KEY']],
            'json' => ['messaging_product' => 'whatsapp', 'recipient_type' => 'individual', 'to' => $to, 'type' => 'text', 'text' => ['body' => $body]],
        ]);
    }
}
