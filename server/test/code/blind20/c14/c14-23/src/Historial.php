<?php

namespace CheBot;

// historial simple en archivos; alcanza para el volumen que tenemos
final class Historial
{
    public function __construct(private string $dir, private int $max) {}

    private function path(string $numero): string
    {
        return $this->dir . '/' . preg_replace('/\D/', '', $numero) . '.json';
    }

    public function get(string $numero): array
    {
        $p = $this->path($numero);
        return is_file($p) ? json_decode(file_get_contents($p), true) : [];
    }

    public function save(string $numero, array $msgs): void
    {
        if (!is_dir($this->dir)) mkdir($this->dir, 0775, true);
        file_put_contents($this->path($numero), json_encode(array_slice($msgs, -$this->max), JSON_UNESCAPED_UNICODE));
    }
}
