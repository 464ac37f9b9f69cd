<?php
declare(strict_types=1);

namespace Teranga;

final class Claude
{
    public static function ask(string $system, array $messages): string
    {
        $ch = curl_init('https://api.anthropic.com/v1/messages');
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => [
                'x-api-key: ' . $_ENV['ANTHROPIC_API_KEY'],
                'anthropic-version: 2023-06-01',
                'content-type: application/json',
            ],
            CURLOPT_POSTFIELDS => json_encode([
                'model' => $_ENV['CLAUDE_MODEL'] ?? 'claude-3-5-haiku-latest',
                'max_tokens' => 500,
                'system' => $system,
                'messages' => $messages,
            ]),
        ]);
        $raw = curl_exec($ch);
        curl_close($ch);
        $data = json_decode((string) $raw, true);
        return $data['content'][0]['text'] ?? "Désolé, je n'ai pas pu répondre.";
    }
}
