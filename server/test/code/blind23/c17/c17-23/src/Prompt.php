<?php

namespace BotFabryka;

final class Prompt
{
    public static function build(array $tenant): string
    {
        $tpl = file_get_contents(__DIR__ . '/../config/prompt.tpl');
        return preg_replace_callback('/\{\{(\w+)\}\}/', fn ($m) => (string) ($tenant[$m[1]] ?? ''), $tpl);
    }
}
