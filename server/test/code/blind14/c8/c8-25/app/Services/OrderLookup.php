<?php

namespace App\Services;

use Illuminate\Support\Facades\DB;

class OrderLookup
{
    public function find(string $orderNo): ?array
    {
        $row = DB::table('orders')
            ->where('order_no', strtoupper(trim($orderNo)))
            ->first(['order_no', 'status', 'cargo_tracking', 'updated_at']);

        return $row ? (array) $row : null;
    }
}
