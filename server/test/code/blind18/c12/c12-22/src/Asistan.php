<?php

namespace AnadoluKargo\Asistan;

use OpenAI;

final class Asistan
{
    private \OpenAI\Client $ai;
    private string $system;

    public function __construct()
    {
        $this->ai = OpenAI::client($_ENV['OPENAI_API_KEY']);
        $this->system = file_get_contents(__DIR__ . '/../resources/prompts/asistan.txt');
    }

    public function cevapla(string $waId, string $mesaj, array $gecmis = []): string
    {
        $messages = array_merge(
            [['role' => 'system', 'content' => $this->system]],
            $gecmis,
            [['role' => 'user', 'content' => $mesaj]],
        );

        for ($i = 0; $i < 4; $i++) {
            $res = $this->ai->chat()->create([
                'model' => 'gpt-4o-mini',
                'messages' => $messages,
                'tools' => Tools::definitions(),
            ]);
            $msg = $res->choices[0]->message;
            if (empty($msg->toolCalls)) {
                return $msg->content ?? '';
            }
            $messages[] = $msg->toArray();
            foreach ($msg->toolCalls as $call) {
                $messages[] = [
                    'role' => 'tool',
                    'tool_call_id' => $call->id,
                    'content' => Tools::run($call->function->name, json_decode($call->function->arguments, true), $waId),
                ];
            }
        }
        return 'Şu anda işleminizi tamamlayamadım, lütfen biraz sonra tekrar deneyin.';
    }
}
