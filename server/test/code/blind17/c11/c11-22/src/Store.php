<?php
declare(strict_types=1);

namespace Qiming\Bot;

final class Store
{
    public function __construct(private string $dir = __DIR__ . '/../var/sessions') {
        if (!is_dir($this->dir)) mkdir($this->dir, 0775, true);
    }

    public function history(string $id): array
    {
        $f = "{$this->dir}/{$id}.json";
        return is_file($f) ? json_decode(file_get_contents($f), true) : [];
    }

    public function save(string $id, array $h): void
    {
        file_put_contents("{$this->dir}/{$id}.json", json_encode($h, JSON_UNESCAPED_UNICODE));
    }

    public function flagHuman(string $id): void
    {
        touch("{$this->dir}/{$id}.human");
    }

    public function isHuman(string $id): bool
    {
        return is_file("{$this->dir}/{$id}.human") && filemtime("{$this->dir}/{$id}.human") > time() - 86400;
    }
}
