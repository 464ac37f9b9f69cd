<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Conversacion extends Model
{
    protected $table = 'conversaciones';
    protected $fillable = ['telefono', 'historial', 'con_asesor', 'asesor_desde'];
    protected $casts = ['historial' => 'array', 'con_asesor' => 'boolean', 'asesor_desde' => 'datetime'];
}
