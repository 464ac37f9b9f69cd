<?php

namespace Conectar;

use PDO;

final class Cuentas
{
    public function __construct(private PDO $db) {}

    public function contexto(string $numero): string
    {
        $st = $this->db->prepare('SELECT nro_cliente, plan, estado, saldo, vencimiento FROM clientes WHERE whatsapp = ?');
        $st->execute([$numero]);
        $c = $st->fetch(PDO::FETCH_ASSOC);
        if (!$c) {
            return 'El número no está asociado a ningún cliente.';
        }
        return "Cliente {$c['nro_cliente']} · plan {$c['plan']} · estado {$c['estado']} · saldo \${$c['saldo']} · vence {$c['vencimiento']}";
    }
}
