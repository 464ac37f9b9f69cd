<?php

namespace ForcaTotal;

/** Estado simples em arquivo JSON (histórico e quem está com a recepção). */
final class Estado
{
    private string $arquivo;
    private array $dados;

    public function __construct(string $arquivo)
    {
        $this->arquivo = $arquivo;
        $this->dados = is_file($arquivo) ? json_decode(file_get_contents($arquivo), true) : ['hist' => [], 'recepcao' => []];
    }

    public function comRecepcao(string $n): bool { return isset($this->dados['recepcao'][$n]); }
    public function passarParaRecepcao(string $n): void { $this->dados['recepcao'][$n] = time(); }
    public function devolverAoBot(string $n): void { unset($this->dados['recepcao'][$n]); }

    public function historico(string $n): array { return array_slice($this->dados['hist'][$n] ?? [], -12); }
    public function anotar(string $n, string $role, string $texto): void { $this->dados['hist'][$n][] = ['role' => $role, 'content' => $texto]; }

    public function __destruct() { file_put_contents($this->arquivo, json_encode($this->dados)); }
}
