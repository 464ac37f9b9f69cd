<?php
declare(strict_types=1);

namespace Qiming\Bot;

use OpenAI\Client as OpenAIClient;

final class Assistant
{
    private string $system;

    public function __construct(private OpenAIClient $ai, private Store $store)
    {
        $this->system = file_get_contents(__DIR__ . '/../resources/prompts/system.zh.md');
    }

    public function reply(string $waId, string $text): string
    {
        $history = $this->store->history($waId);
        $history[] = ['role' => 'user', 'content' => $text];

        $res = $this->ai->chat()->create([
            'model' => 'gpt-4o-mini',
            'messages' => array_merge([['role' => 'system', 'content' => $this->system]], array_slice($history, -12)),
            'temperature' => 0.4,
        ]);
        $answer = $res->choices[0]->message->content ?? '';
        $history[] = ['role' => 'assistant', 'content' => $answer];
        $this->store->save($waId, $history);
        return $answer;
    }
}
