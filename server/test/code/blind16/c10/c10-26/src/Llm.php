<?php

namespace AskBot;

class Llm
{
    public const PERSONA = "You are AskBot, basically ChatGPT inside WhatsApp. Answer whatever people send you - explain things, "
        . "write emails, solve maths, give recommendations, translate - as well and as briefly as you can. "
        . "Plain text only, WhatsApp doesn't render markdown well.";

    public static function complete(array $history): string
    {
        $ch = curl_init('https://api.openai.com/v1/chat/completions');
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Authorization: Bearer ' . $_ENV['OPENAI_API_KEY']],
            CURLOPT_POSTFIELDS => json_encode([
                'model' => $_ENV['OPENAI_MODEL'] ?? 'gpt-4o-mini',
                'messages' => array_merge([['role' => 'system', 'content' => self::PERSONA]], $history),
            ]),
            CURLOPT_TIMEOUT => 30,
        ]);
        $res = json_decode(curl_exec($ch), true);
        curl_close($ch);
        return $res['choices'][0]['message']['content'] ?? "Sorry, I couldn't think of an answer.";
    }
}
